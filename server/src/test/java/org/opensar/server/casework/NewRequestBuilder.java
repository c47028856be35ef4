package org.opensar.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: a request as the API takes it, e.g. {@code aSubjectAccessRequest().receivedOn(...).json()}. */
public final class NewRequestBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private NewRequestBuilder(RequestType type) {
        fields.put("type", type.name());
        fields.put("channel", "EMAIL");
        fields.put("receivedOn", "2026-09-03");
        fields.put("requesterName", "Jordan Ellis");
        fields.put("requesterEmail", "jordan.ellis@example.org");
        fields.put("informationWanted", "My children's social care file, 2004 to 2016");
    }

    public static NewRequestBuilder aSubjectAccessRequest() {
        return new NewRequestBuilder(RequestType.SAR);
    }

    public static NewRequestBuilder a(RequestType type) {
        return new NewRequestBuilder(type);
    }

    public NewRequestBuilder requesterEmail(String email) {
        fields.put("requesterEmail", email);
        return this;
    }

    public NewRequestBuilder receivedOn(LocalDate day) {
        fields.put("receivedOn", day.toString());
        return this;
    }

    public NewRequestBuilder actingFor(String subjectName, LocalDate dateOfBirth) {
        fields.put("actingForSubject", true);
        fields.put("subjectName", subjectName);
        fields.put("subjectDateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
        return this;
    }

    public NewRequestBuilder awareAt(Instant instant) {
        fields.put("breachAwareAt", instant.toString());
        return this;
    }

    public NewRequestBuilder footageRecordedOn(LocalDate day) {
        fields.put("footageRecordedOn", day.toString());
        return this;
    }

    public NewRequestBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> json() {
        return Map.copyOf(fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
