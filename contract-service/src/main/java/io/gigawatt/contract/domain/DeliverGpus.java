package io.gigawatt.contract.domain;

/** Record a delivery; the delivery id is the client's or one the service chose. */
public record DeliverGpus(String contractId, GpuDelivery delivery) implements ContractCommand {}
