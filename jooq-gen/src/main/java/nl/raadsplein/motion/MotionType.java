package nl.raadsplein.motion;

/**
 * What a motion is: a motion (motie), a motion of instruction (motie van opdracht), of no confidence (motie van
 * wantrouwen), or an amendment (amendement) that changes a numbered part of another motion.
 */
public enum MotionType {
    MOTION,
    INSTRUCTION,
    NO_CONFIDENCE,
    AMENDMENT
}
