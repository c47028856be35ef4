package org.opensar.server.clock;

import java.time.LocalDate;
import java.time.Year;
import org.opensar.engine.clock.Nation;
import org.opensar.server.staff.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for public holidays: the list in force and their own changes to it. */
@Controller
class HolidayPages {

    private final HolidayAdministration administration;

    HolidayPages(HolidayAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/holidays")
    String holidays(
            @RequestParam(defaultValue = "england-and-wales") String nation,
            @RequestParam(required = false) Integer year,
            Model model) {
        Nation chosen = Nation.fromId(nation);
        int shownYear = year == null ? Year.now().getValue() : year;
        model.addAttribute("nation", chosen);
        model.addAttribute("nations", Nation.values());
        model.addAttribute("year", shownYear);
        model.addAttribute("holidays", administration.holidays(chosen, shownYear));
        model.addAttribute("adjustments", administration.adjustments());
        return "admin/holidays";
    }

    @PostMapping("/admin/holidays")
    String adjust(
            @RequestParam String nation,
            @RequestParam LocalDate day,
            @RequestParam String change,
            @RequestParam String name,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            Nation chosen = Nation.fromId(nation);
            Actor actor = Actor.of(authentication);
            if ("add".equals(change)) {
                administration.add(chosen, day, name, actor);
            } else {
                administration.remove(chosen, day, name, actor);
            }
            redirect.addFlashAttribute("flash", "Holidays updated; due dates of open requests recalculated.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/holidays?nation=" + nation;
    }
}
