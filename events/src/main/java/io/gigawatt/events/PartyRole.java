package io.gigawatt.events;

/** The part an organization plays in a contract. The BUYER's home country hosts siteless deals. */
public enum PartyRole {
  BUYER,
  PROVIDER,
  SUPPLIER,
  INVESTOR,
  INVESTEE,
  LESSOR,
  LESSEE,
  CONTRACTOR,
  OFFTAKER
}
