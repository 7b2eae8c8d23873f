package vn.thidua.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form no page of the app writes: a list index past the cap
 * ({@link InputHygieneAdvice#LIST_CAP}), a negative or huge index, a path into nothing.
 * The binder refuses it before any value is used, and the answer is the Vietnamese 400
 * page, never a 500.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedRequestAdvice {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestAdvice.class);

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformed(InvalidPropertyException ex) {
		log.info("Refused a malformed form field: {}", ex.getPropertyName());
		return "error/400";
	}

}
