package io.gigawatt.bench.fuzz;

import static io.gigawatt.bench.fuzz.Verdict.EITHER;
import static io.gigawatt.bench.fuzz.Verdict.INVALID;
import static io.gigawatt.bench.fuzz.Verdict.VALID;

import java.util.List;
import java.util.Random;

/**
 * Requests broken at the HTTP level: headers past the 16 KiB limit (and past the codec's 64 KiB),
 * malformed header lines, contradicting body framing, a missing Host, odd protocol versions. The
 * server may close such a connection without an answer ({@link Draft#httpLevel}).
 */
final class FramingMutations {
  static final int MAX_HEADERS = 16 * 1024;

  void sizes(Draft draft, Random random) {
    switch (random.nextInt(4)) {
      case 0 -> {
        draft.header("X-Pad", "p".repeat(MAX_HEADERS + 500));
        draft.mark("one header of " + (MAX_HEADERS + 500) + " bytes", INVALID);
      }
      case 1 -> {
        for (int i = 0; i < 100; i++) {
          draft.header("X-Pad-" + i, "p".repeat(90));
        }
        draft.mark("100 headers of 90 bytes", VALID);
      }
      case 2 -> {
        for (int i = 0; i < 200; i++) {
          draft.header("X-Pad-" + i, "p".repeat(90));
        }
        draft.mark("200 headers of 90 bytes", INVALID);
      }
      default -> {
        draft.header("X-Pad", "p".repeat(70_000));
        draft.mark("one header of 70000 bytes (past the HTTP codec's limit)", INVALID);
        draft.httpLevel = true;
      }
    }
  }

  void malformedLine(Draft draft, Random random) {
    List<String> lines =
        List.of(
            "NoColonHeader",
            " folded: continuation",
            "Bad Name: x",
            ": no name",
            "X-Nul: a\u0000b",
            "X-Utf8: ünïcödé",
            "X-Bell: \u0007",
            "X-Cr: a\rb");
    String line = lines.get(random.nextInt(lines.size()));
    draft.headers.add(new RawRequest.Header(null, line));
    draft.mark("header line " + Reproduction.abbreviate(line), EITHER);
    draft.httpLevel = true;
  }

  void framing(Draft draft, Random random) {
    int length = draft.body == null ? 0 : draft.body.length;
    switch (random.nextInt(6)) {
      case 0 -> {
        draft.header("Content-Length", Integer.toString(length));
        draft.header("Transfer-Encoding", "chunked");
        draft.mark("Content-Length and Transfer-Encoding: chunked", INVALID);
      }
      case 1 -> {
        draft.header("Content-Length", Integer.toString(length));
        draft.header("Content-Length", Integer.toString(length + 1));
        draft.mark("two different Content-Length headers", INVALID);
      }
      case 2 -> {
        draft.header("Content-Length", "-1");
        draft.mark("Content-Length: -1", INVALID);
      }
      case 3 -> {
        draft.header("Content-Length", "abc");
        draft.mark("Content-Length: abc", INVALID);
      }
      case 4 -> {
        draft.header("Transfer-Encoding", "chunked");
        draft.body = "zz\r\nnot a chunk\r\n0\r\n\r\n".getBytes();
        draft.judgeBody = false;
        draft.mark("malformed chunks", INVALID);
      }
      default -> {
        draft.header("Transfer-Encoding", "gzip, chunked");
        draft.chunked = true;
        draft.mark("Transfer-Encoding: gzip, chunked", EITHER);
      }
    }
    draft.httpLevel = true;
  }

  void hostAndVersion(Draft draft, Random random) {
    switch (random.nextInt(6)) {
      case 0 -> {
        draft.header("Host", null);
        draft.mark("no Host header", EITHER);
      }
      case 1 -> {
        draft.header("Host", "evil.example");
        draft.mark("Host: evil.example", VALID);
      }
      case 2 -> {
        draft.version = "HTTP/1.0";
        draft.mark("HTTP/1.0", EITHER);
      }
      case 3 -> {
        draft.version = "HTTP/2.0";
        draft.mark("HTTP/2.0 on an HTTP/1 connection", EITHER);
      }
      case 4 -> {
        draft.version = "HTTP/1.1x";
        draft.mark("HTTP/1.1x", INVALID);
      }
      default -> {
        draft.version = "";
        draft.mark("request line without a version", EITHER);
      }
    }
    draft.httpLevel = true;
  }
}
