# One image definition for the four services:
#   docker build --build-arg MODULE=site-service --build-arg PORT=8081 -t gigawatt/site-service .
# docker-compose.yml passes MODULE and PORT for each service.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Every module's pom (the reactor needs all of them), so dependencies are cached until a pom changes.
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY events/pom.xml events/
COPY devstack/pom.xml devstack/
COPY service-support/pom.xml service-support/
COPY eventstore/pom.xml eventstore/
COPY site-service/pom.xml site-service/
COPY contract-service/pom.xml contract-service/
COPY capacity-service/pom.xml capacity-service/
COPY gateway/pom.xml gateway/
COPY importer/pom.xml importer/
COPY system-tests/pom.xml system-tests/
COPY bench/pom.xml bench/
ARG MODULE
RUN test -n "${MODULE}" || { echo "build arg MODULE is required" >&2; exit 1; }
RUN mvn -B -q -pl "${MODULE}" -am -Dspotless.skip=true dependency:go-offline
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.skip=true -pl "${MODULE}" -am package

FROM eclipse-temurin:17-jre
ARG MODULE
ARG PORT=8080
COPY docker/healthcheck.sh /usr/local/bin/gigawatt-healthcheck
RUN chmod 0755 /usr/local/bin/gigawatt-healthcheck \
    && useradd --system --uid 10001 --home-dir /opt/gigawatt --shell /usr/sbin/nologin gigawatt
WORKDIR /opt/gigawatt
COPY --from=build /src/${MODULE}/target/quarkus-app/ ./
ENV JAVA_OPTS="-XX:MaxRAMPercentage=50 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    HEALTHCHECK_PORT=${PORT}
USER gigawatt
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
    CMD ["gigawatt-healthcheck"]
ENTRYPOINT ["/bin/sh", "-c", "exec java ${JAVA_OPTS} -jar /opt/gigawatt/quarkus-run.jar"]
