import { createContext, useContext, type Dispatch, type SetStateAction } from 'react';

/** The text field the on-screen keyboard types into: the one a customer last touched. */
export interface KeyboardTarget {
  input: HTMLInputElement | HTMLTextAreaElement;
  maxLength: number;
  setValue: (value: string) => void;
}

export interface KeyboardContextValue {
  target: KeyboardTarget | null;
  setTarget: Dispatch<SetStateAction<KeyboardTarget | null>>;
}

export const KeyboardContext = createContext<KeyboardContextValue>({ target: null, setTarget: () => {} });
export const useKeyboardTarget = () => useContext(KeyboardContext);
