package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gigawatt.events.EventType;
import io.gigawatt.events.RegionSnapshots;
import io.gigawatt.gateway.domain.Access;
import io.gigawatt.gateway.domain.Route;
import io.gigawatt.gateway.domain.Routes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API documents: every route of the gateway has a complete OpenAPI operation, and every event
 * type of the {@code events} module is in the AsyncAPI document with its JSON Schema.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ApiDocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Inject Router router;

  @Test
  void everyApiRouteOnTheRouterIsInTheRouteTable() {
    Set<String> table = new HashSet<>();
    Routes.ALL.forEach(route -> table.add(route.method() + " " + route.path()));
    List<String> registered = new ArrayList<>();
    for (var route : router.getRoutes()) {
      // a route without methods is a filter (e.g. the security headers of /api/*), no endpoint
      if (route.getPath() != null
          && route.getPath().startsWith("/api/")
          && route.methods() != null) {
        route.methods().forEach(method -> registered.add(method.name() + " " + route.getPath()));
      }
    }
    assertThat(registered).isNotEmpty();
    assertThat(table).containsAll(registered);
  }

  @Test
  void everyRouteHasACompleteOpenApiOperationAndNothingElseIsDocumented() throws Exception {
    JsonNode document = openApi();
    assertThat(document.path("openapi").asText()).startsWith("3.1");

    Set<String> documented = new HashSet<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    for (Route route : Routes.ALL) {
      JsonNode operation =
          document
              .path("paths")
              .path(route.openApiPath())
              .path(route.method().toLowerCase(Locale.ROOT));
      assertThat(operation.isObject()).as("OpenAPI operation for %s", route).isTrue();
      assertThat(operation.path("operationId").asText()).as("%s operationId", route).isNotBlank();
      assertThat(operation.path("summary").asText()).as("%s summary", route).isNotBlank();
      assertThat(operation.path("x-required-role").asText()).as("%s role", route).isNotBlank();
      JsonNode responses = operation.path("responses");
      assertThat(responses.fieldNames())
          .toIterable()
          .as("%s responses", route)
          .anyMatch(status -> status.startsWith("2"))
          .contains("401", "406", "414", "429", "431", "500", "503");
      if (route.access() != Access.READ) {
        assertThat(responses.has("403")).as("%s documents 403", route).isTrue();
      }
      if (route.jsonBody()) {
        JsonNode body = operation.path("requestBody").path("content").path("application/json");
        assertThat(body.path("schema").isObject()).as("%s request schema", route).isTrue();
        assertThat(body.has("example") || body.has("examples"))
            .as("%s request example", route)
            .isTrue();
        assertThat(responses.fieldNames())
            .toIterable()
            .as("%s", route)
            .contains("400", "413", "415");
      }
    }
    Set<String> routes = new HashSet<>();
    Routes.ALL.forEach(route -> routes.add(route.method() + " " + route.openApiPath()));
    assertThat(routes).as("documented operations are routes").containsAll(documented);
  }

  @Test
  void theErrorResponsesAreProblems() throws Exception {
    JsonNode unauthorized = openApi().path("components").path("responses").path("Unauthorized");
    assertThat(unauthorized.path("content").has("application/problem+json")).isTrue();
  }

  @Test
  void swaggerUiIsServed() {
    given()
        .redirects()
        .follow(true)
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"));
  }

  @Test
  void everyEventTypeIsInTheAsyncApiDocumentWithItsSchemaTopicAndHeaders() throws Exception {
    JsonNode document =
        YAML.readTree(given().get("/asyncapi.yaml").then().statusCode(200).extract().asString());
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    JsonNode messages = document.path("components").path("messages");
    for (EventType type : EventType.values()) {
      JsonNode message = null;
      for (JsonNode candidate : messages) {
        if (candidate.path("name").asText().equals(type.ceType())) {
          message = candidate;
        }
      }
      assertThat(message).as("AsyncAPI message for %s", type.ceType()).isNotNull();
      try (var schema = EventType.class.getResourceAsStream(type.schemaResource())) {
        assertThat(message.path("payload").path("schema")).isEqualTo(JSON.readTree(schema));
      }
      assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText())
          .isEqualTo(type.ceType());
      String channel =
          type.topic().equals("gigawatt.site.events") ? "siteEvents" : "contractEvents";
      assertThat(document.path("channels").path(channel).path("address").asText())
          .isEqualTo(type.topic());
      assertThat(document.path("channels").path(channel).path("messages").toString())
          .contains("#/components/messages/");
    }
    assertThat(messages.has("SiteAnnouncedV1")).as("the older v1 still on the topic").isTrue();
    assertThat(document.at("/channels/capacityRegions/address").asText())
        .isEqualTo("gigawatt.capacity.regions");
    try (var schema = EventType.class.getResourceAsStream(RegionSnapshots.SCHEMA_RESOURCE)) {
      assertThat(messages.at("/RegionSnapshot/payload/schema")).isEqualTo(JSON.readTree(schema));
    }
  }

  private static JsonNode openApi() throws Exception {
    return JSON.readTree(
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }
}
