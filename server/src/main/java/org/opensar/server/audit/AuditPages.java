package org.opensar.server.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The auditor's page: the latest entries and whether the chain is intact. */
@Controller
class AuditPages {

    private final AuditLog log;
    private final AuditVerifier verifier;

    AuditPages(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", log.latest(200));
        model.addAttribute("verification", verifier.verify());
        return "audit/index";
    }
}
