package io.gigawatt.eventstore;

/** A business rule refused a well-formed command; answers 422. */
public class DomainRuleException extends RuntimeException {
  private final String rule;

  public DomainRuleException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
