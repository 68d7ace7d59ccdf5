import { createContext, useContext } from 'react';

/** The text field the on-screen keyboard types into: the one a customer last touched. */
export interface KeyboardTarget {
  input: HTMLInputElement | HTMLTextAreaElement;
  maxLength: number;
  setValue: (value: string) => void;
}

export interface KeyboardContextValue {
  target: KeyboardTarget | null;
  setTarget: (target: KeyboardTarget | null) => void;
}

export const KeyboardContext = createContext<KeyboardContextValue>({ target: null, setTarget: () => {} });
export const useKeyboardTarget = () => useContext(KeyboardContext);
