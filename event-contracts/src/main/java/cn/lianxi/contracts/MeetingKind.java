package cn.lianxi.contracts;

/** A meeting of the joint meeting (联席会议): the plenary of all member units or the office's working meeting. */
public enum MeetingKind {
    /** 全体会议. */
    PLENARY,
    /** 办公室会议. */
    OFFICE
}
