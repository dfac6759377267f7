package io.gigawatt.eventstore.testapp;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Reads one sample from {@code /q/metrics} (Prometheus text format). */
public final class Prometheus {
  private Prometheus() {}

  /** The sample {@code name} whose labels contain {@code label} (e.g. {@code type="x"}), if any. */
  public static OptionalDouble sample(String name, String label) {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return Arrays.stream(text.split("\n"))
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .filter(line -> label.isEmpty() || line.contains(label))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst();
  }

  public static double sample(String name) {
    return sample(name, "").orElseThrow(() -> new AssertionError("no metric " + name));
  }
}
