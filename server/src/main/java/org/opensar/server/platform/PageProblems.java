package org.opensar.server.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors on the pages as a page that says what happened, never a bare 500: a full disk is 503, a refused upload
 * 400, a page that is not there 404. The API's own advice ({@link ApiProblems}) comes first for the API.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageProblems {

    /** The view of a problem on a page, with its status. Other modules' page advice uses it too. */
    public static String show(
            HttpStatus status, String title, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "problem";
    }

    @ExceptionHandler(DiskFullException.class)
    String diskFull(DiskFullException e, HttpServletResponse response, Model model) {
        return show(HttpStatus.SERVICE_UNAVAILABLE, "The server's disk is full", e.getMessage(), response, model);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletResponse response, Model model) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return show(status, status.getReasonPhrase(), e.getReason(), response, model);
    }

    /** An upload the server could not take in: for lack of disk, 503; otherwise the request was malformed. */
    @ExceptionHandler(MultipartException.class)
    String upload(MultipartException e, HttpServletResponse response, Model model) {
        if (DiskFullException.causedBy(e)) {
            return diskFull(new DiskFullException("The upload was not received", e), response, model);
        }
        return show(
                HttpStatus.BAD_REQUEST,
                "The upload could not be read",
                "The file did not arrive whole. Try sending it again.",
                response,
                model);
    }
}
