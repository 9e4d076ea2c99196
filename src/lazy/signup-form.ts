/** The sign-up form and its state: only cards whose host gives `signup-action` load this. */
import { provide } from '../lazy.js';
import { SignupController } from '../controllers/signup.js';
import { renderForm } from '../blocks/signup-form.js';

provide('signupForm', { SignupController, renderForm });
