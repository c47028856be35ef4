package org.opensar.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only access to the audit log for auditors and managers. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained record of every change")
class AuditApi {

    private final AuditLog log;
    private final AuditVerifier verifier;

    AuditApi(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping
    @Operation(summary = "The newest entries first")
    List<AuditEntry> latest(@RequestParam(defaultValue = "100") int limit) {
        return log.latest(Math.min(Math.max(limit, 1), 1000));
    }

    @GetMapping("/{type}/{id}")
    @Operation(summary = "Everything that happened to one thing, e.g. request SAR-2026-000042")
    List<AuditEntry> about(@PathVariable String type, @PathVariable String id) {
        return log.about(new AuditSubject(type, id));
    }

    @GetMapping("/verification")
    @Operation(summary = "Check the whole chain: any edited or deleted entry is reported")
    AuditVerifier.Verification verify() {
        return verifier.verify();
    }
}
