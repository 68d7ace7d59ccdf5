import { z } from 'zod';

/** The city's three service languages, and a text given in each: every workspace speaks them. */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;
