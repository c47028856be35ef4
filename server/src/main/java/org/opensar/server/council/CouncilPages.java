package org.opensar.server.council;

import java.util.Map;
import java.util.stream.Collectors;
import org.opensar.server.staff.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the council's details: checked field by field, each change audited. */
@Controller
class CouncilPages {

    private final CouncilSettings settings;

    CouncilPages(CouncilSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/council")
    String show(Model model) {
        return page(settings.current(), Map.of(), model);
    }

    @PostMapping("/admin/council")
    String set(
            @ModelAttribute CouncilDetails details,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Map<CouncilField, String> problems = CouncilSettings.problems(details);
        if (!problems.isEmpty()) {
            return page(details, problems, model);
        }
        settings.set(details, Actor.of(authentication));
        redirect.addFlashAttribute("flash", "The council's details were saved.");
        return "redirect:/admin/council";
    }

    private String page(CouncilDetails details, Map<CouncilField, String> problems, Model model) {
        model.addAttribute("details", details);
        model.addAttribute(
                "errors",
                problems.entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("example", CouncilDetails.EXAMPLE);
        settings.lastSet().ifPresent(stored -> model.addAttribute("lastSet", stored));
        return "admin/council";
    }
}
