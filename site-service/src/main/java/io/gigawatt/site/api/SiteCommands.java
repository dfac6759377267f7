package io.gigawatt.site.api;

import io.gigawatt.eventstore.CommandExecutor;
import io.gigawatt.eventstore.http.CommandMetadata;
import io.gigawatt.eventstore.http.CommandResponses;
import io.gigawatt.eventstore.http.IdempotentCommands;
import io.gigawatt.eventstore.http.IfMatch;
import io.gigawatt.site.domain.AnnounceSite;
import io.gigawatt.site.domain.SiteAnnouncement;
import io.gigawatt.site.domain.SiteCommand;
import io.gigawatt.site.domain.SiteDecider;
import io.gigawatt.support.validation.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** Runs site commands from HTTP: once per Idempotency-Key, conditional on If-Match. */
@ApplicationScoped
class SiteCommands {
  static final String SITES = "/api/v1/sites";

  private final CommandExecutor executor;
  private final IdempotentCommands idempotent;

  SiteCommands(CommandExecutor executor, IdempotentCommands idempotent) {
    this.executor = executor;
    this.idempotent = idempotent;
  }

  /** 201 with the new site's id and version 1, answered without blocking a thread. */
  CompletionStage<Response> announce(SiteAnnouncement announcement, HttpHeaders headers) {
    Validator.requireBody(announcement);
    return idempotent.create(
        headers,
        SITES,
        announcement,
        SiteDecider.INSTANCE,
        siteId -> new AnnounceSite(siteId, announcement),
        CommandAnswer::new);
  }

  /** 200 with the site's new version; {@code action} is the last segment of the command's path. */
  Response update(
      String action, Object body, SiteCommand command, String ifMatch, HttpHeaders headers) {
    Validator.requireBody(body);
    var siteId = command.siteId();
    return idempotent.run(
        headers,
        "POST " + SITES + "/" + siteId + "/" + action,
        body,
        () ->
            executor.decide(
                "site",
                siteId,
                SiteDecider.INSTANCE,
                command,
                IfMatch.parse(ifMatch),
                CommandMetadata.from(headers)),
        append ->
            CommandResponses.ok(new CommandAnswer(siteId, append.version()), append.version()));
  }
}
