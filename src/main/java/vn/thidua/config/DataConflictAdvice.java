package vn.thidua.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change the database refused because another change came first (two requests creating
 * the same thing at once): the Vietnamese 409 page ("the data has just changed, reload"),
 * never a 500. Pages that can do better (a report created twice leads to the report)
 * handle it themselves.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DataConflictAdvice {

	private static final Logger log = LoggerFactory.getLogger(DataConflictAdvice.class);

	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(DataIntegrityViolationException ex) {
		log.info("Refused by a database constraint (concurrent change): {}", ex.getMostSpecificCause().getMessage());
		return "error/409";
	}

}
