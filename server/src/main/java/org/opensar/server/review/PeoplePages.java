package org.opensar.server.review;

import org.opensar.engine.casefile.PersonCategory;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "People in this file": the case file's people register, and the officer's changes to it. */
@Controller
class PeoplePages {

    private final Workbench workbench;
    private final CasePeople people;

    PeoplePages(Workbench workbench, CasePeople people) {
        this.workbench = workbench;
        this.people = people;
    }

    @GetMapping("/requests/{reference}/review/people")
    String people(@PathVariable CaseReference reference, Model model) {
        Workbench.OpenedCaseFile opened;
        try {
            opened = workbench.open(reference);
        } catch (CaseFileRefusedException e) {
            return "redirect:/requests/" + reference + "/case-file";
        }
        if (opened.caseFile().status() != CaseFileStatus.PROCESSED) {
            return "redirect:/requests/" + reference + "/case-file";
        }
        model.addAttribute("request", opened.request());
        model.addAttribute("people", people.people(opened.caseFile()));
        model.addAttribute("categories", PersonCategory.values());
        model.addAttribute("editable", opened.editable());
        return "review/people";
    }

    @PostMapping("/requests/{reference}/review/people/{id}")
    String change(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            @RequestParam CasePeople.Change change,
            @RequestParam(required = false) String value,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            done(redirect, people.change(reference, id, change, value, Actor.of(authentication)));
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/review/people";
    }

    @PostMapping("/requests/{reference}/review/people")
    String add(
            @PathVariable CaseReference reference,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String relationship,
            @RequestParam(defaultValue = "OTHER") PersonCategory category,
            @RequestParam(defaultValue = "false") boolean known,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            done(redirect, people.add(reference, name, relationship, category, known, Actor.of(authentication)));
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/review/people";
    }

    private static void done(RedirectAttributes redirect, RegisterProposals.Rerun rerun) {
        redirect.addFlashAttribute(
                "flash",
                "Saved. The redactions were proposed again: " + rerun.after() + " proposals are open (" + rerun.before()
                        + " before); your own decisions stay.");
    }
}
