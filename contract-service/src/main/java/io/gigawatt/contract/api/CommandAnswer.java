package io.gigawatt.contract.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to a contract command: which contract (and delivery), at which version now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandAnswer(String contractId, String deliveryId, int version) {}
