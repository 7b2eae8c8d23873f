package vn.thidua.covenant;

import java.time.Instant;

/**
 * What a member committed to, or the leader's record of its refusal.
 *
 * @param unitId the member
 * @param title the award code aimed for, {@code NONE}, or {@code null} when refused
 * @param targets its targets, one per line
 * @param refusedNote why it did not register (the leader's record), or {@code null}
 * @param registeredAt when
 */
public record Registration(long unitId, String title, String targets, String refusedNote, Instant registeredAt) {

	public boolean isRefused() {
		return this.refusedNote != null;
	}

}
