package vn.thidua.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that the current user may not see: both answer 404, so
 * that nobody learns what another cluster or province holds.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

	/**
	 * No {@code what} numbered {@code id} that the user may see.
	 */
	public static NotFoundException of(String what, Object id) {
		return new NotFoundException(what, id) {
		};
	}

}
