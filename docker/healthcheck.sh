#!/usr/bin/env bash
# Usage: gigawatt-healthcheck [PORT [PATH]]. Exits 0 only if GET http://127.0.0.1:PORT/PATH answers 200.
# PORT defaults to $HEALTHCHECK_PORT (set in the image), PATH to Quarkus' readiness endpoint.
# Plain bash (/dev/tcp), so the check does not depend on curl or wget being in the base image.
set -euo pipefail
port="${1:-${HEALTHCHECK_PORT:?usage: gigawatt-healthcheck PORT [PATH]}}"
path="${2:-/q/health/ready}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status <&3
[[ "${status}" =~ ^HTTP/1\.[01]\ 200[[:space:]] ]]
