package org.opensar.server.council;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings that seed the council's details until an administrator sets them on the settings page, which then wins.
 *
 * @param leavingCareEmail the leaving care duty team's email ({@code OPENSAR_LEAVING_CARE_EMAIL}); empty: the example
 *     council's
 * @param leavingCarePhone its telephone number ({@code OPENSAR_LEAVING_CARE_PHONE}); empty: the example council's
 */
@ConfigurationProperties("opensar.council")
record CouncilProperties(String leavingCareEmail, String leavingCarePhone) {}
