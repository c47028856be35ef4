package org.opensar.server.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What is wrong with one document on its own, before it is weighed with the others. */
final class EvidenceProblems {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int FRESHNESS_MONTHS = 6;

    private EvidenceProblems() {}

    /** The problems with an item; empty when it counts for its list. */
    static List<Finding> of(EvidenceItem item) {
        List<Finding> problems = new ArrayList<>();
        switch (item.type()) {
            case PROVISIONAL_DRIVING_LICENCE ->
                problems.add(new Finding(
                        FindingCode.PROVISIONAL_DRIVING_LICENCE_NOT_ACCEPTED,
                        "Provisional driving licences are not accepted."));
            case MOBILE_PHONE_BILL ->
                problems.add(new Finding(
                        FindingCode.MOBILE_PHONE_BILL_NOT_ACCEPTED,
                        "Mobile phone bills are not accepted as proof of address."));
            case OTHER ->
                problems.add(new Finding(
                        FindingCode.NEEDS_OFFICER_DECISION,
                        "\"%s\" is not on our lists of documents, so an officer will decide whether we can accept it."
                                .formatted(item.description())));
            default -> {
                freshnessProblem(item, problems);
                if (item.type().kind() == EvidenceKind.RESIDENCE && !item.showsCurrentAddress()) {
                    problems.add(new Finding(
                            FindingCode.CURRENT_ADDRESS_NOT_SHOWN,
                            "The %s does not show your current address."
                                    .formatted(item.type().noun())));
                }
            }
        }
        return problems;
    }

    private static void freshnessProblem(EvidenceItem item, List<Finding> problems) {
        String noun = item.type().noun();
        LocalDate received = item.receivedOn();
        switch (item.type().freshness()) {
            case NONE -> {}
            case WITHIN_SIX_MONTHS_OF_RECEIPT -> {
                if (item.documentDate().isBefore(received.minusMonths(FRESHNESS_MONTHS))) {
                    problems.add(new Finding(
                            FindingCode.DOCUMENT_TOO_OLD,
                            "The %s is dated %s, more than 6 months before we received it on %s."
                                    .formatted(noun, day(item.documentDate()), day(received))));
                }
            }
            case CURRENT_COUNCIL_TAX_YEAR -> {
                CouncilTaxYear documentYear = CouncilTaxYear.containing(item.documentDate());
                CouncilTaxYear currentYear = CouncilTaxYear.containing(received);
                if (!documentYear.equals(currentYear)) {
                    problems.add(new Finding(
                            FindingCode.COUNCIL_TAX_YEAR_NOT_CURRENT,
                            "The %s is for %s. We need one for the current council tax year, %s."
                                    .formatted(noun, documentYear, currentYear)));
                }
            }
            case NOT_EXPIRED -> {
                if (item.expiresOn().isBefore(received)) {
                    problems.add(new Finding(
                            FindingCode.DOCUMENT_EXPIRED,
                            "The %s expired on %s, before we received it on %s."
                                    .formatted(noun, day(item.expiresOn()), day(received))));
                }
            }
        }
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }
}
