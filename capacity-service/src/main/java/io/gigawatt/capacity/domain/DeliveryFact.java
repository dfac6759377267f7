package io.gigawatt.capacity.domain;

/** GPUs of one catalog model delivered to one site. */
public record DeliveryFact(String deliveryId, String siteId, String gpuModel, long count) {}
