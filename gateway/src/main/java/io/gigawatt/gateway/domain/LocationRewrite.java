package io.gigawatt.gateway.domain;

import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

/** A service's {@code Location} as the client must see it. */
public final class LocationRewrite {
  private LocationRewrite() {}

  /**
   * An absolute Location on the service's own host is moved onto the gateway's public origin
   * ({@code scheme://authority}, asked only then); a relative one is already right.
   */
  public static String publicLocation(
      String location, URI serviceBase, Supplier<String> publicOrigin) {
    if (location.startsWith("/")) {
      return location;
    }
    URI target;
    try {
      target = URI.create(location);
    } catch (IllegalArgumentException e) {
      return location;
    }
    if (!target.isAbsolute()
        || !Objects.equals(target.getScheme(), serviceBase.getScheme())
        || !Objects.equals(target.getRawAuthority(), serviceBase.getRawAuthority())) {
      return location;
    }
    String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
    return publicOrigin.get() + target.getRawPath() + query;
  }
}
