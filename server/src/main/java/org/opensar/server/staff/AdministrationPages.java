package org.opensar.server.staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for staff accounts. */
@Controller
class AdministrationPages {

    private final StaffDirectory directory;
    private final StaffAccounts accounts;

    AdministrationPages(StaffDirectory directory, StaffAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String staff(Model model) {
        model.addAttribute("staff", directory.all());
        model.addAttribute("roles", Role.values());
        return "admin/staff";
    }

    @PostMapping("/admin/staff")
    String create(
            @RequestParam String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam Role role,
            @RequestParam String password,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            accounts.create(username.strip(), displayName, email, role, password, authentication.getName());
            redirect.addFlashAttribute("flash", "Account '" + username.strip() + "' created.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Could not create the account: " + e.getMessage() + ".");
        }
        return "redirect:/admin";
    }
}
