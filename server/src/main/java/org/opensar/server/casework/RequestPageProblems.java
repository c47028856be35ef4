package org.opensar.server.casework;

import jakarta.servlet.http.HttpServletResponse;
import org.opensar.server.platform.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page about a request that does not exist: 404 with the reference, not a 500. The API has its own advice. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class RequestPageProblems {

    @ExceptionHandler(RequestNotFoundException.class)
    String notFound(RequestNotFoundException e, HttpServletResponse response, Model model) {
        return PageProblems.show(HttpStatus.NOT_FOUND, "No such request", e.getMessage(), response, model);
    }
}
