package org.sanctuarytracker.account;

/**
 * An account as the administrators' pages show it: the account and its lock state now.
 */
public record AccountRow(Account account, AccountLock lock) {

}
