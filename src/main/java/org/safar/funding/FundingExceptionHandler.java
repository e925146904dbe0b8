package org.safar.funding;

import java.net.URI;
import org.safar.web.ApiMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for what only the funding API can run into. */
@RestControllerAdvice(basePackageClasses = FundingExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FundingExceptionHandler {

    @ExceptionHandler(DuplicateBudgetLineException.class)
    ProblemDetail duplicate(DuplicateBudgetLineException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://safar.example/problems/duplicate-budget-line"));
        problem.setTitle(ApiMessages.text("title.budgetLineExists"));
        return problem;
    }
}
