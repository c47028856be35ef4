package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;

/**
 * Everyone in one synthetic case, by template role, and the case's setting: council, school, the years the
 * council was involved.
 */
record Cast(
        String reference,
        String council,
        String school,
        CastMember subject,
        List<String> subjectAliases,
        Map<String, CastMember> members,
        LocalDate involvedFrom,
        LocalDate involvedTo) {

    CastMember member(String role) {
        if (role.equals("subject")) {
            return subject;
        }
        CastMember member = members.get(role);
        if (member == null) {
            throw new IllegalArgumentException("no cast role " + role);
        }
        return member;
    }

    /** What case.json says: the data subject, everyone else with their category, and the names the requester gave. */
    CaseDescription description() {
        return description(false);
    }

    /**
     * What case.json says; with {@code requesterNamedOnly}, only the data subject and the family members the requester
     * named (with their relationships), as a records-system export with no people list and the request would give.
     */
    CaseDescription description(boolean requesterNamedOnly) {
        List<Person> people = members.values().stream()
                .filter(m -> !requesterNamedOnly || m.knownToRequester())
                .map(m -> new Person(m.fullName(), List.of(m.formalName()), m.relationship(), m.category()))
                .toList();
        List<String> known = members.values().stream()
                .filter(CastMember::knownToRequester)
                .map(CastMember::fullName)
                .toList();
        return new CaseDescription(
                reference, new DataSubject(subject.fullName(), subjectAliases, subject.dateOfBirth()), people, known);
    }
}
