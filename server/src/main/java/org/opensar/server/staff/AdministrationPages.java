package org.opensar.server.staff;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.opensar.engine.register.InvalidStaffDirectoryException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for staff accounts and the council's staff directory. */
@Controller
class AdministrationPages {

    private final StaffDirectory directory;
    private final StaffAccounts accounts;
    private final CouncilStaff councilStaff;

    AdministrationPages(StaffDirectory directory, StaffAccounts accounts, CouncilStaff councilStaff) {
        this.directory = directory;
        this.accounts = accounts;
        this.councilStaff = councilStaff;
    }

    @GetMapping("/admin")
    String staff(Model model) {
        model.addAttribute("staff", directory.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("directorySize", councilStaff.directorySize());
        return "admin/staff";
    }

    /** Replaces the council's staff directory with a CSV file (name, job title, email); a bad line is named. */
    @PostMapping("/admin/staff-directory")
    String importDirectory(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication authentication,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose the staff directory's CSV file to import.");
            return "redirect:/admin";
        }
        String origin = file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename();
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            int people = councilStaff.replace(csv, origin, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Staff directory imported: " + people + " people.");
        } catch (InvalidStaffDirectoryException e) {
            redirect.addFlashAttribute("problem", "The staff directory was not imported: " + e.getMessage());
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", "The staff directory could not be read: " + e.getMessage());
        }
        return "redirect:/admin";
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
