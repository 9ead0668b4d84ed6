package nl.raadsplein.deliberation;

/** How far the participant is: votes on published statements out of all published statements ("12 van 40"). */
public record Progress(int voted, int total) {}
