/** The languages of the tool's messages: bokmål and English (nynorsk and no read as bokmål). */
export type Lang = 'nb' | 'en';
