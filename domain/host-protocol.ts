/**
 * The browser host serves the renderer and the contract on 127.0.0.1. The page proves it was
 * opened from the printed URL by sending the start secret with every call.
 */
export const HOST_KEY_PARAM = 'k';
export const HOST_KEY_HEADER = 'x-kuva-key';
export const HOST_RPC_PATH = '/rpc';
export const HOST_EVENTS_PATH = '/events';
