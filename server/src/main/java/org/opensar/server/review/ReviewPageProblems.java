package org.opensar.server.review;

import jakarta.servlet.http.HttpServletResponse;
import org.opensar.server.platform.PageProblems;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A review or release step that is not possible now (no case file yet, nothing released yet) as a 409 page saying
 * why, where it used to be a 500: for example the package's download before any release.
 */
@ControllerAdvice(assignableTypes = {ReviewPages.class, ReleasePages.class})
class ReviewPageProblems {

    @ExceptionHandler(CaseFileRefusedException.class)
    String refused(CaseFileRefusedException e, HttpServletResponse response, Model model) {
        return PageProblems.show(HttpStatus.CONFLICT, "Not possible now", e.getMessage(), response, model);
    }
}
