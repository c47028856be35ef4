package org.opensar.server.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Identity and authority evidence for a request, and what the council's rules make of it. */
@RestController
@RequestMapping("/api/requests/{reference}/identity")
@Tag(name = "Identity", description = "Evidence of identity and authority, checked against the council's lists")
class IdentityApi {

    private final IdentityVerification verification;

    IdentityApi(IdentityVerification verification) {
        this.verification = verification;
    }

    /** A document received. */
    record EvidenceInput(
            @NotNull EvidenceType type,
            LocalDate documentDate,
            @NotNull LocalDate receivedOn,
            LocalDate expiresOn,
            boolean showsCurrentAddress,
            String description) {}

    /** An officer's decision to accept identity or authority on other grounds. */
    record DecisionInput(
            @NotNull OfficerDecision.Kind kind, @NotBlank String reason, LocalDate decidedOn) {}

    @GetMapping
    @Operation(summary = "The evidence, the officers' decisions and the assessment with what is still needed")
    IdentityVerification.IdentityFile file(@PathVariable CaseReference reference) {
        return verification.file(reference);
    }

    @PostMapping("/evidence")
    @Operation(summary = "Record a document received; the clock restarts when the evidence becomes enough")
    IdentityVerification.IdentityFile record(
            @PathVariable CaseReference reference,
            @Valid @RequestBody EvidenceInput input,
            Authentication authentication) {
        EvidenceItem item = new EvidenceItem(
                input.type(),
                input.documentDate(),
                input.receivedOn(),
                input.expiresOn(),
                input.showsCurrentAddress(),
                input.description());
        return verification.record(reference, item, Actor.of(authentication));
    }

    @PostMapping("/decisions")
    @Operation(summary = "Accept identity or authority by an officer's recorded decision, with the reason")
    IdentityVerification.IdentityFile decide(
            @PathVariable CaseReference reference,
            @Valid @RequestBody DecisionInput input,
            Authentication authentication) {
        return verification.decide(
                reference, input.kind(), input.reason(), input.decidedOn(), Actor.of(authentication));
    }
}
