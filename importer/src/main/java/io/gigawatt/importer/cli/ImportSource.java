package io.gigawatt.importer.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The CSV's text from a file or an http(s) URL (e.g. a fresh download of Epoch's export). */
final class ImportSource {
  private ImportSource() {}

  static String read(String fileOrUrl) throws IOException, InterruptedException {
    if (fileOrUrl.startsWith("http://") || fileOrUrl.startsWith("https://")) {
      HttpClient http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(fileOrUrl)).timeout(Duration.ofMinutes(2)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new IOException(fileOrUrl + " answered HTTP " + answer.statusCode());
      }
      return answer.body();
    }
    return Files.readString(Path.of(fileOrUrl), StandardCharsets.UTF_8);
  }
}
