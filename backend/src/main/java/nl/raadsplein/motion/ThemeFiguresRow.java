package nl.raadsplein.motion;

import nl.raadsplein.platform.LocalizedText;

/** One theme's line in the agenda's overview: the theme, whether it comes first (3A.1, 3A.2), and its figures. */
public record ThemeFiguresRow(String code, LocalizedText name, boolean highlighted, ThemeFigures figures) {}
