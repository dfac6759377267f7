package io.gigawatt.capacity.domain;

import java.util.Map;

/**
 * Who hosts, controls and supplies a region's compute, in H100-equivalents. The three maps hold the
 * ten largest countries and {@code "other"}; their parts add up to the whole.
 *
 * @param hostedH100e compute located in the region
 * @param controlledH100e compute whose controller is domiciled in the region, wherever it stands
 * @param sovereignH100e compute hosted here and controlled from here
 * @param sovereignShare sovereign ÷ hosted (0 when nothing is hosted)
 * @param supplyDependency share of hosted compute on chips of vendors domiciled elsewhere
 */
public record Sovereignty(
    double hostedH100e,
    double controlledH100e,
    double sovereignH100e,
    double sovereignShare,
    double supplyDependency,
    Map<String, Double> hostedByControllerCountry,
    Map<String, Double> hostedByVendorCountry,
    Map<String, Double> controlledByHostCountry) {}
