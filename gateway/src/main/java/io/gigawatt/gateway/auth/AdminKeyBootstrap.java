package io.gigawatt.gateway.auth;

import io.gigawatt.gateway.GatewayConfig;
import io.gigawatt.gateway.domain.KeyFormat;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Stores the configured first admin key ({@code GIGAWATT_ADMIN_KEY}) at startup. */
@ApplicationScoped
public class AdminKeyBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

  void onStart(@Observes StartupEvent event, GatewayConfig config, ApiKeys keys) {
    if (config.adminKey().isEmpty()) {
      LOG.info("No GIGAWATT_ADMIN_KEY configured: API keys are issued by existing admin keys");
      return;
    }
    String key = config.adminKey().get().strip();
    if (!KeyFormat.wellFormed(key)) {
      throw new IllegalStateException(
          "GIGAWATT_ADMIN_KEY must be "
              + KeyFormat.MIN_LENGTH
              + " to "
              + KeyFormat.MAX_LENGTH
              + " characters of A-Z a-z 0-9 . _ ~ + / - (e.g. from: openssl rand -base64 32)");
    }
    keys.ensure(key, config.auth().adminKeyName())
        .ifPresentOrElse(
            name -> LOG.infof("Stored the configured admin key as '%s'", name),
            () -> LOG.info("The configured admin key is already in the key store"));
  }
}
