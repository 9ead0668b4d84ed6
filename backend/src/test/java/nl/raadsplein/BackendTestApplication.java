package nl.raadsplein;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend has no application of its own; its tests start the features on this one. */
@SpringBootApplication
public class BackendTestApplication {}
