package cn.lianxi.cases;

/** A natural person (identified by resident ID) or a company (identified by unified social credit code). */
public enum PartyType {
    PERSON,
    COMPANY
}
