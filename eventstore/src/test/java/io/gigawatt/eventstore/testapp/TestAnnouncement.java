package io.gigawatt.eventstore.testapp;

/** The body of the test application's commands. */
public record TestAnnouncement(String name, double plannedCapacityMw) {}
