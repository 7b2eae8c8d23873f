package vn.thidua.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

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
	String conflict(DataIntegrityViolationException ex, jakarta.servlet.http.HttpServletResponse response) {
		if (ex.getMostSpecificCause() instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
			// a text longer than its column that no form check caught: the input is at
			// fault, not a concurrent change
			log.warn("A text longer than its column reached the database: {}", sql.getMessage());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "error/400";
		}
		log.info("Refused by a database constraint (concurrent change): {}", ex.getMostSpecificCause().getMessage());
		response.setStatus(HttpStatus.CONFLICT.value());
		return "error/409";
	}

}
