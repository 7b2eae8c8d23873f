package vn.thidua.closing;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.thidua.closing.ballot.BallotKeys;
import vn.thidua.closing.ballot.BallotSeal;

/**
 * The ballot box of a closing. Who voted ({@code closing_voters}: the unit, the account,
 * the day) is kept apart from what was voted. While the window is open each ballot is
 * sealed for the round's public key ({@code closing_sealed_ballots}); at closing the box
 * is opened with the round's private key (kept outside the database by
 * {@link BallotKeys}), the counted choices are written to {@code closing_ballots} in one
 * transaction in random order with random keys, the sealed rows deleted and the voters
 * rewritten in random order, so that no column, transaction id, physical order or
 * sequence links a voter to a choice; the key is destroyed after the commit. Casting and
 * closing exclude each other through a lock on the closing's row.
 */
@Component
class Ballots {

	private static final Log logger = LogFactory.getLog(Ballots.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final BallotKeys keys;

	private final DataSource dataSource;

	Ballots(JdbcTemplate jdbc, BallotKeys keys, DataSource dataSource) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.dataSource = dataSource;
	}

	/**
	 * Locks the cluster's closing row for the rest of the transaction: shared by the
	 * members casting their ballots, exclusive for the leader closing the window (a
	 * ballot then waits, and is counted or refused, never acknowledged and dropped).
	 */
	void lock(long clusterId, boolean exclusive) {
		this.jdbc.query("select id from cluster_closings where cluster_id = ? for " + (exclusive ? "update" : "share"),
				(rs) -> {
				}, clusterId);
	}

	/**
	 * A new round: earlier ballots, voters and keys go; a new key pair seals the next.
	 */
	BallotKeys.Round newRound(long closingId) {
		deleteRows(closingId);
		return this.keys.create(closingId);
	}

	/**
	 * Casts a unit's ballot: records that it voted (on which day) and, apart, the ballot
	 * sealed for the round's public key.
	 * @return {@code false} when the unit had already voted (nothing written)
	 */
	boolean cast(long closingId, long unitId, long userId, LocalDate day, byte[] publicKey, List<Integer> positions) {
		int voted = this.jdbc
			.update("insert into closing_voters (closing_id, unit_id, cast_by, voted_on) values (?, ?, ?, ?) "
					+ "on conflict do nothing", closingId, unitId, userId, Date.valueOf(day));
		if (voted == 0) {
			return false;
		}
		if (publicKey == null) {
			// a round opened before ballots were sealed (an upgrade during a vote): its
			// ballots stay as they were cast, apart from the voters
			this.jdbc.update("insert into closing_ballots (id, closing_id, choices) values (?, ?, ?::integer[])",
					UUID.randomUUID(), closingId,
					"{" + String.join(",", positions.stream().sorted().map(String::valueOf).toList()) + "}");
			return true;
		}
		byte[] sealed = BallotSeal.seal(positions, BallotSeal.publicKey(publicKey));
		this.jdbc.update("insert into closing_sealed_ballots (id, closing_id, sealed) values (?, ?, ?)",
				UUID.randomUUID(), closingId, sealed);
		return true;
	}

	/**
	 * A unit that voted (the caller orders them by name).
	 *
	 * @param unitId the unit
	 * @param votedOn the day
	 */
	record Voter(long unitId, LocalDate votedOn) {
	}

	List<Voter> voters(long closingId) {
		return this.jdbc.query("select unit_id, voted_on from closing_voters where closing_id = ?",
				(rs, i) -> new Voter(rs.getLong(1), rs.getDate(2).toLocalDate()), closingId);
	}

	/**
	 * The box opened and counted.
	 *
	 * @param cast the units that voted
	 * @param valid the ballots that opened with the round's key and mark known candidates
	 * @param votes the votes of each candidate position
	 */
	record Counted(int cast, int valid, List<Integer> votes) {
	}

	/**
	 * Opens the sealed ballots of the round and writes the counted choices in random
	 * order; empty when the round's private key is not there (nothing changed then).
	 */
	Optional<Counted> count(long closingId, UUID keyId, int candidates) {
		if (keyId == null) {
			// a round opened before ballots were sealed: its ballots are already apart
			return Optional.of(new Counted(voters(closingId).size(), this.jdbc
				.queryForObject("select count(*) from closing_ballots where closing_id = ?", Integer.class, closingId),
					votes(closingId, candidates)));
		}
		Optional<PrivateKey> key = this.keys.privateKey(closingId, keyId);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		List<List<Integer>> choices = new ArrayList<>();
		for (byte[] sealed : this.jdbc.queryForList("select sealed from closing_sealed_ballots where closing_id = ?",
				byte[].class, closingId)) {
			BallotSeal.open(sealed, key.get())
				.filter((marks) -> marks.stream().allMatch((p) -> p >= 0 && p < candidates))
				.filter((marks) -> marks.stream().distinct().count() == marks.size())
				.ifPresent(choices::add);
		}
		Collections.shuffle(choices, RANDOM);
		this.jdbc.update("delete from closing_sealed_ballots where closing_id = ?", closingId);
		this.jdbc.update("delete from closing_ballots where closing_id = ?", closingId);
		this.jdbc.execute((Connection connection) -> {
			try (var statement = connection
				.prepareStatement("insert into closing_ballots (id, closing_id, choices) values (?, ?, ?)")) {
				for (List<Integer> marks : choices) {
					statement.setObject(1, UUID.randomUUID());
					statement.setLong(2, closingId);
					statement.setArray(3, connection.createArrayOf("integer", marks.toArray()));
					statement.addBatch();
				}
				return statement.executeBatch();
			}
		});
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query("select unit_id, cast_by, voted_on from closing_voters where closing_id = ?", (rs) -> {
			rows.add(new Object[] { closingId, rs.getLong(1), rs.getLong(2), rs.getDate(3) });
		}, closingId);
		Collections.shuffle(rows, RANDOM);
		this.jdbc.update("delete from closing_voters where closing_id = ?", closingId);
		this.jdbc.batchUpdate(
				"insert into closing_voters (closing_id, unit_id, cast_by, voted_on) " + "values (?, ?, ?, ?)", rows);
		List<Integer> votes = new ArrayList<>(Collections.nCopies(candidates, 0));
		choices.forEach((marks) -> marks.forEach((p) -> votes.set(p, votes.get(p) + 1)));
		afterCommit(() -> {
			this.keys.destroyAll(closingId);
			vacuum();
		});
		return Optional.of(new Counted(rows.size(), choices.size(), votes));
	}

	/** The counted votes of each candidate position 0..count-1. */
	List<Integer> votes(long closingId, int candidates) {
		List<Integer> votes = new ArrayList<>(Collections.nCopies(candidates, 0));
		this.jdbc.query("select p, count(*) from closing_ballots, unnest(choices) as p where closing_id = ? group by p",
				(ResultSet rs) -> {
					int position = rs.getInt(1);
					if (position >= 0 && position < candidates) {
						votes.set(position, rs.getInt(2));
					}
				}, closingId);
		return votes;
	}

	private void deleteRows(long closingId) {
		this.jdbc.update("delete from closing_sealed_ballots where closing_id = ?", closingId);
		this.jdbc.update("delete from closing_ballots where closing_id = ?", closingId);
		this.jdbc.update("delete from closing_voters where closing_id = ?", closingId);
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/**
	 * The deleted rows' old versions (the sealed ballots, the voters in voting order)
	 * removed from the tables' pages; on a connection of its own, as VACUUM runs outside
	 * a transaction.
	 */
	private void vacuum() {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (var statement = connection.createStatement()) {
				statement.execute("vacuum closing_sealed_ballots, closing_voters, closing_ballots");
			}
		}
		catch (SQLException ex) {
			logger.warn("The closed ballot tables could not be vacuumed: " + ex.getMessage());
		}
	}

}
