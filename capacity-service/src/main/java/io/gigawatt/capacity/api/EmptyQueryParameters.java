package io.gigawatt.capacity.api;

import io.gigawatt.support.validation.Validator;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter given without a value ({@code ?level=}) is a 400 naming it: Quarkus REST would
 * hand the resource null, as if it were absent, and the default would answer for a broken query.
 */
public class EmptyQueryParameters {

  @ServerRequestFilter
  public void refuseEmpty(ContainerRequestContext request) {
    var v = new Validator();
    request
        .getUriInfo()
        .getQueryParameters()
        .forEach(
            (name, values) ->
                v.check(
                    name,
                    values.stream().allMatch(value -> value != null && !value.isBlank()),
                    "must have a value"));
    v.throwIfInvalid();
  }
}
