package cn.lianxi.liaison.rest;

import jakarta.enterprise.context.RequestScoped;

import cn.lianxi.liaison.service.AgencyMessage;

/** The exact bytes of this request's body, as {@link BodyCapture} read them. */
@RequestScoped
public class RequestBytes {

    private byte[] body = new byte[0];

    void keep(byte[] bytes) {
        body = bytes;
    }

    /** What the agency sent: these bytes and its seal over them ({@code Lianxi-Seal}, null when absent). */
    public AgencyMessage sealedBy(String seal) {
        return new AgencyMessage(body, seal);
    }
}
